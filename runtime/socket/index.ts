// The socket area's wx APIs, as named exports.
export {}
