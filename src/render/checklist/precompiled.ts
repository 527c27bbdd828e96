/**
 * Handlebars templates compiled ahead of time. Empty in the source tree (tests compile templates/ at run time); the
 * build (scripts/build.mjs) replaces this module with the precompiled specs of every template, so the CLI neither
 * reads nor compiles a template when it starts — compiling the checklist templates is the larger part of `plan`.
 */
export const PRECOMPILED: Record<string, unknown> = {};
