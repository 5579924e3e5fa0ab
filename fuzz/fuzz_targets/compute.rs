//! Arbitrary queries against the bundled rules: any court, deadline, date,
//! period, service method, closures; every answer is a court day on the
//! right side of the trigger, or an error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    court_deadlines::fuzzing::compute(data);
});
