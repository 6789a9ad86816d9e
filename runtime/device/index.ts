// The device area's wx APIs, as named exports.
export {}
