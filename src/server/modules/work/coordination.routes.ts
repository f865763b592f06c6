import { tasksRoutes } from '../tasks/tasks.routes.js';
import { workRoutes } from './work.routes.js';
import { followUpRoutes } from '../followup/followup.routes.js';
import { closureRoutes } from '../closure/closure.routes.js';
import { remindersRoutes } from '../reminders/reminders.routes.js';

/** The coordination modules' routes, gathered so app.ts takes one line. */
export const COORDINATION_ROUTES = [tasksRoutes, workRoutes, followUpRoutes, closureRoutes, remindersRoutes];
