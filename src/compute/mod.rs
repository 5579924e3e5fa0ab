//! The deadline engine: count, roll, extend, adjust, close.

pub(crate) mod court;
pub(crate) mod engine;
