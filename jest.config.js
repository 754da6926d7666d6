/** jest + ESM + swc, as in shared/reference/stack-notes.md. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@noble|@scure)/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFiles: ['<rootDir>/node/polyfills.ts'],
  testMatch: ['<rootDir>/{chain,modules,node,client,test}/**/*.test.ts'],
  testTimeout: 60000,
};
