// Imported first by both pages (client only): what the page's Content-Security-Policy (server/http/
// securityHeaders.ts: no eval) asks of libraries. Zod probes `new Function` on its first parse to
// compile faster validators; under the CSP the probe is refused and reported as a violation, so
// zod is told to use its interpreter from the start.
import { z } from 'zod';

z.config({ jitless: true });
