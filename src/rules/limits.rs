//! The bounds on what rule files may contain: every loop over file
//! contents is bounded by one of these.

/// The largest rule file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// The most `[[holiday]]` entries one calendar file may have.
pub const MAX_HOLIDAYS_PER_FILE: usize = 1_000;

/// The most `[[closure]]` entries one calendar file may have.
pub const MAX_CLOSURES_PER_FILE: usize = 10_000;

/// The longest one-off closure, in days.
pub const MAX_CLOSURE_DAYS: i64 = 366;

/// The most files one directory may contribute.
pub const MAX_FILES: usize = 10_000;

/// The most deadlines, events or services one rule-set file may define.
pub const MAX_ITEMS_PER_FILE: usize = 2_000;

/// The most history entries one item may have.
pub const MAX_HISTORY: usize = 100;
