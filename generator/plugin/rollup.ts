import { sdkgenUnplugin } from './unplugin.js';

/** The voipbin-sdkgen rollup plugin: `plugins: [voipbinSdkgen({ spec: 'openapi.yaml', out: 'src/sdk' })]`. */
export default sdkgenUnplugin.rollup;
export type { SdkgenPluginOptions, SdkgenPluginApi } from './options.js';
