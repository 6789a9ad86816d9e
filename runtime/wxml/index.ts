// The wxml area's wx APIs, as named exports.
export {}
