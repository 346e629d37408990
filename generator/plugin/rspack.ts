import { sdkgenUnplugin } from './unplugin.js';

/** The voipbin-sdkgen rspack plugin: `plugins: [voipbinSdkgen({ spec: 'openapi.yaml', out: 'src/sdk' })]`. */
export default sdkgenUnplugin.rspack;
export type { SdkgenPluginOptions, SdkgenPluginApi } from './options.js';
