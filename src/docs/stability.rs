//! What the crate promises about its API, its data and its toolchain.
//!
//! # Semantic versioning
//!
//! The crate follows semantic versioning. Before 1.0, a minor release
//! (0.x → 0.x+1) may break the API; `CHANGELOG.md` lists every break and
//! how to adapt.
//!
//! - Result and option types that will grow are `#[non_exhaustive]`: new
//!   fields, enum variants, warning codes and error kinds are additions,
//!   not breaks. Match them with a wildcard arm.
//! - Field names in the JSON form of results are stable; results
//!   deserialize from the JSON they serialize to.
//! - Ids of bundled calendars, rule sets, courts, deadlines, events,
//!   readings and bench names are stable once released; a rename keeps the
//!   old id working for one minor release with a note.
//!
//! # Rule data
//!
//! Bundled rule data changes whenever the law does, and a data fix is a
//! patch release: it changes answers because the old answer was wrong.
//! Every such change is listed in `CHANGELOG.md`. A rule's history stays in
//! the data, so a computation under the rules in force on an earlier date
//! ([`Trigger::as_of`](crate::Trigger::as_of)) keeps its answer.
//!
//! # Minimum supported Rust version
//!
//! The MSRV is Rust 1.85, the first release with edition 2024, and is
//! declared as `rust-version` in `Cargo.toml`. It is raised only in a minor
//! release, never in a patch release, and the change is noted in
//! `CHANGELOG.md`. Standard-library APIs newer than the MSRV are caught by
//! Clippy's `incompatible_msrv` lint, which the CI runs with warnings
//! denied.
//!
//! # Features
//!
//! - `fuzzing` (off by default): exposes the fuzz harnesses the `fuzz/`
//!   targets and the test suite drive. Not part of the stable API.
//!
//! # Dependencies
//!
//! The library depends on `chrono`, `chrono-tz`, `serde` and `toml`.
//! `chrono` and `chrono_tz` appear in the API and are re-exported
//! ([`crate::chrono`], [`crate::chrono_tz`]) so that
//! callers use the same versions.
