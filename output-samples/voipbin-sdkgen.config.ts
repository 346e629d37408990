// The checked-in samples: one SDK per built-in flavor from the embedded example spec
// (examples/voipbin). `npm run samples` regenerates them; test/e2e/output-samples.test.ts
// fails when they are stale.
import { defineConfig } from 'voipbin-sdkgen';

export default defineConfig({
  sdks: [
    { name: 'full', output: './full', flavor: 'full' },
    { name: 'lite', output: './lite', flavor: 'lite', packageName: 'voipbin-sdk-lite' },
    { name: 'zod', output: './zod', flavor: 'zod', packageName: 'voipbin-sdk-zod' },
    { name: 'service-agent', output: './service-agent', flavor: 'service-agent', packageName: 'voipbin-agent-sdk' },
  ],
});
