/**
 * The clinician screens read plans with the shared reader (src/plans/plan-reader.ts);
 * these names stay so their imports need not change.
 */
export { planInForce, toTaperPlan } from '../plans/plan-reader.js';
