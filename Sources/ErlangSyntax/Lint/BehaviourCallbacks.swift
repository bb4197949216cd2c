// The required (non-optional) callbacks of OTP's behaviours, recorded from OTP 25's
// Module:behaviour_info(callbacks) minus behaviour_info(optional_callbacks).
// Behaviours not listed here (user-defined ones) are not checked.

enum BehaviourCallbacks {
    static let required: [String: [FunctionName]] = [
        "gen_server": [FunctionName("init", 1), FunctionName("handle_call", 3), FunctionName("handle_cast", 2)],
        "gen_statem": [FunctionName("init", 1), FunctionName("callback_mode", 0)],
        "gen_event": [FunctionName("init", 1), FunctionName("handle_event", 2), FunctionName("handle_call", 2)],
        "supervisor": [FunctionName("init", 1)],
        "application": [FunctionName("start", 2), FunctionName("stop", 1)],
        "supervisor_bridge": [FunctionName("init", 1), FunctionName("terminate", 2)],
        "gen_fsm": [FunctionName("init", 1), FunctionName("handle_event", 3), FunctionName("handle_sync_event", 4)],
    ]
}
