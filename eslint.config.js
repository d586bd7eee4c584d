import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A development warning's message is written where devWarn is called: the build puts the call behind
// process.env.NODE_ENV, which production bundles drop with all it computes (CONTRIBUTING.md, "Bad data").
const devWarnMessage = {
  selector:
    "CallExpression[callee.name='devWarn'][arguments.0.type!='Literal'][arguments.0.type!='TemplateLiteral'][arguments.0.type!='ConditionalExpression']",
  message: 'Write the devWarn message here (a string or template literal), so that production bundles drop it with what it computes.',
};

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'node_modules', '!.storybook'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The library must never read the real clock: `now` comes from props or the provider.
    files: ['src/components/**', 'src/patterns/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take `now` from props or the provider.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take `now` from props or the provider.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the library.' },
        devWarnMessage,
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['src/domain/**', 'src/i18n/**', 'src/internal/**', 'src/fixtures/**', 'src/locales/**'],
    rules: { 'no-restricted-syntax': ['error', devWarnMessage] },
  },
  ...storybook.configs['flat/recommended'],
  {
    // Tests: no focused or skipped test, every test asserts something, titles are real.
    files: ['tests/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-disabled-tests': 'error',
      'vitest/no-focused-tests': 'error',
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'check', 'fc.assert', '*.expect*', 'assert*'] }],
      'vitest/no-conditional-expect': 'off',
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      'vitest/valid-title': ['error', { allowArguments: true }],
    },
  },
);
