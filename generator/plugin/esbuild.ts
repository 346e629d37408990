import { sdkgenUnplugin } from './unplugin.js';

/** The voipbin-sdkgen esbuild plugin: `plugins: [voipbinSdkgen({ spec: 'openapi.yaml', out: 'src/sdk' })]`. */
export default sdkgenUnplugin.esbuild;
export type { SdkgenPluginOptions, SdkgenPluginApi } from './options.js';
