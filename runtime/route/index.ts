// The route area's wx APIs, as named exports.
export {}
