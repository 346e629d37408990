import { sdkgenUnplugin } from './unplugin.js';

/** The voipbin-sdkgen webpack plugin: `plugins: [voipbinSdkgen({ spec: 'openapi.yaml', out: 'src/sdk' })]`. */
export default sdkgenUnplugin.webpack;
export type { SdkgenPluginOptions, SdkgenPluginApi } from './options.js';
