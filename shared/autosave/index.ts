export { createAutosavePolicy, type AutosavePolicy, type AutosavePolicyOptions } from './autosave-policy';
export { createAutosaver, type Autosaver, type AutosaverOptions } from './autosaver';
