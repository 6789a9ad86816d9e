// The storage area's wx APIs, as named exports.
export {}
