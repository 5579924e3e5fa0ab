//! Guides, in the rustdoc: the law the crate applies and where the
//! authorities disagree ([`law`]), the reasons behind its design
//! ([`design`]), the layout of its source ([`architecture`]), and what it
//! promises about its API ([`stability`]).
//!
//! These modules contain documentation only.

pub mod architecture;
pub mod design;
pub mod law;
pub mod stability;
