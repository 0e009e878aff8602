// One lint config. Beyond the recommended rules it enforces the folder
// boundaries of the architecture (dependencies point down only):
//   domain ← data ← state ← url ← map / ui ← main
// and keeps maplibre-gl inside src/map and @turf inside src/domain/geo.ts,
// the build scripts and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const maplibre = { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports maplibre-gl.' };
const turf = { group: ['@turf/*'], message: 'Only src/domain/geo*.ts imports turf (geometry lives in one place).' };
const react = { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'This layer is plain TypeScript; React lives in src/ui.' };
// Type-only imports across layers are allowed: domain types are inferred from the data schema.
const layer = (names, why) => ({ group: names.map((n) => `**/${n}/*`), message: why, allowTypeImports: true });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data text is rendered as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Data text is rendered as text, never as HTML.' },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [maplibre, turf] }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/geo*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [maplibre, turf, react, layer(['data', 'state', 'url', 'map', 'ui'], 'src/domain is pure: it imports nothing above it.')] }],
    },
  },
  {
    files: ['src/domain/geo*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [maplibre, react, layer(['data', 'state', 'url', 'map', 'ui'], 'src/domain is pure: it imports nothing above it.')] }],
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [maplibre, turf, react, layer(['state', 'url', 'map', 'ui'], 'src/data is the door for raw data; it imports only domain.')] }] },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [maplibre, turf, react, layer(['url', 'map', 'ui'], 'src/state imports only domain and data.')] }] },
  },
  {
    files: ['src/url/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [maplibre, turf, react, layer(['map', 'ui'], 'src/url imports only domain, data and state.')] }] },
  },
  {
    files: ['src/map/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [turf, react, layer(['ui'], 'src/map takes a model; it never imports the UI.')] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/set-state-in-effect': 'off' },
  },
);
