//! How the source is laid out, and the habits that keep it that way.
//!
//! The shape is a compiler's: rule files are parsed and checked once into a
//! fully resolved, immutable model, and queries over that model are fast
//! and cannot fail for internal reasons. Data flows one way:
//!
//! ```text
//! text ─► error ─► vocab ─► explain ─► calendar ─► rules ─► compute ─► lib
//! ```
//!
//! A module uses only its own layer and the layers to its left; a test
//! (`tests/it/architecture.rs`) fails on an import against the arrows, on
//! TOML used outside `rules/`, on `compute/` reaching into the loader, and
//! on any file under `src/` longer than 600 lines.
//!
//! | module | what it holds |
//! |---|---|
//! | `text` | long dates, weekday names, did-you-mean suggestions |
//! | `error` | the one [`Error`](crate::Error), with kinds, locations and carets |
//! | `vocab` | the rule-file vocabulary: [`Period`](crate::Period), [`Unit`](crate::Unit) and every closed option set, from one macro (parse, `FromStr`, `Display`, the accepted spellings) |
//! | `explain` | the output types ([`Deadline`](crate::Deadline), [`Step`](crate::Step), [`Reason`](crate::Reason), [`Schedule`](crate::Schedule), …) and every sentence about them: `wording.rs` (the `Display` of whole results and reasons), `sentences.rs` (each step's text, from the facts the pipeline passes in) and `notices.rs` (warnings, cut-offs, readings, schedule notes) |
//! | `calendar` | compiled calendars: the day table (`table.rs`), the date-expression language (`expr/`), compiling (`compile.rs`) and the queries |
//! | `rules` | the only code that sees TOML: one file per file kind (`calendar_file.rs`, `rule_set_file.rs`, `court_file.rs`), the shared located checks (`source.rs`), the one history parser (`history.rs`), the limits (`limits.rs`), and `load.rs`, which layers files, checks cross-file references and builds the resolved model (`model.rs`) |
//! | `compute` | the [`Trigger`](crate::Trigger) (`trigger.rs`); the [`Court`](crate::Court) and [`DeadlineRef`](crate::DeadlineRef) handles (`court.rs`, `deadline.rs`); schedules (`schedule.rs`); resolving one computation (`job.rs`); the days counted (`days.rs`); the pipeline (`pipeline.rs`, `adjust.rs`, `hours.rs`); turning an outcome into a [`Deadline`](crate::Deadline) (`assemble.rs`); worked examples (`examples.rs`) |
//! | `docs` | these pages |
//!
//! # Habits
//!
//! - A file that passes ~600 lines, or a function that passes ~80, is split
//!   by concern before it grows further.
//! - A validation written twice becomes a shared helper the second time.
//! - Ids are resolved once, at load. A query never returns an "internal"
//!   error.
//! - User-facing text about a result is derived from structured data.
//! - The crate is self-contained: its docs explain the law it applies and
//!   cite primary sources.
//!
//! # Adding a jurisdiction
//!
//! A jurisdiction is data: a calendar (`rules/calendars/<id>.toml`), a rule
//! set and a courts file (`rules/us/<state>/`), each citing its sources
//! (`rules/README.md` documents every key). Then tests: worked examples
//! from authoritative sources, each naming its source and quoting its
//! line, either as `[[example]]` blocks in the rule file (run by
//! [`RuleBook::run_examples`](crate::RuleBook::run_examples) and by the
//! test suite) or as a proof file under `tests/cases/`. A date copied from
//! the engine's own output proves nothing.
