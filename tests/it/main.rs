//! The integration tests, as one binary (one link step instead of one per
//! file): each file of this folder is a module. Shared helpers live in
//! `tests/common/`.

#[path = "../common/mod.rs"]
mod common;

mod api_handles;
mod architecture;
mod bundled_examples;
mod ca_civil;
mod calendar_cases;
mod calendar_us_ca;
mod calendar_us_federal;
mod calendar_us_fl;
mod calendar_us_ma;
mod calendar_us_ny;
mod calendar_us_tx;
mod counting_semantics;
mod deadline_properties;
mod docket;
mod engine_features;
mod federal_courts;
mod fl_civil;
mod fuzz_corpus;
mod holidays_example;
mod hostile_queries;
mod load_errors;
mod local_rules;
mod plan;
mod properties;
mod random_rule_sets;
mod tx_rules;
mod worked_examples;
