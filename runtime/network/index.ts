// The network area's wx APIs, as named exports.
export {}
