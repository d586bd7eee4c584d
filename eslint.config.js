import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      ],
      'no-console': 'error',
    },
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
