import type { Route } from './route.js';
import { clvRoutes } from './routes/clv.js';
import { collectRoutes } from './routes/collect.js';
import { customerRoutes } from './routes/customers.js';
import { feedbackRoutes } from './routes/feedback.js';
import { healthRoutes } from './routes/health.js';
import { reportRoutes } from './routes/report.js';

/** Every route of the HTTP API (docs/api.md), each with who may call it. */
export const APP_ROUTES: readonly Route[] = [...healthRoutes, ...reportRoutes, ...clvRoutes, ...customerRoutes, ...feedbackRoutes, ...collectRoutes()];
