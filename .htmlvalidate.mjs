// html-validate's configuration for the built pages (`tests/build/html-validate.test.ts`).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // An answer page's title is its question, verbatim, and the longest question has 95
    // characters; pageTitle() keeps every other title within the rule's usual 70.
    'long-title': ['error', { maxlength: 100 }],
  },
};
