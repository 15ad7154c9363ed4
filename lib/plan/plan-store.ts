// Moved to lib/plan-store/. Kept only so app/account/page.tsx (on another branch) still builds; remove once it imports lib/plan-store.
export { loadPlan } from "../plan-store/plan-store";
