import { sdkgenUnplugin } from './unplugin.js';

/** The voipbin-sdkgen vite plugin: `plugins: [voipbinSdkgen({ spec: 'openapi.yaml', out: 'src/sdk' })]`. */
export default sdkgenUnplugin.vite;
export type { SdkgenPluginOptions, SdkgenPluginApi } from './options.js';
