//! Computing deadlines: a [`RuleBook`](crate::RuleBook) and a [`Trigger`]
//! in, a [`Deadline`](crate::Deadline) out. Reads the resolved model the
//! rules layer built; never sees TOML.

pub(crate) mod adjust;
pub(crate) mod assemble;
pub(crate) mod court;
pub(crate) mod days;
pub(crate) mod deadline;
pub(crate) mod examples;
pub(crate) mod hours;
pub(crate) mod job;
pub(crate) mod local;
pub(crate) mod pipeline;
pub(crate) mod plan;
pub(crate) mod schedule;
pub(crate) mod trigger;

pub use court::Court;
pub use deadline::DeadlineRef;
pub use examples::RuleSetRef;
pub use trigger::Trigger;
