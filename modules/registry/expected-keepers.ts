// The registry module needs nothing from other modules: models stand on their own. Other modules
// reach the registry through the narrow interfaces in their own expected-keepers.ts
// (modules/versioning, modules/access).
export {};
