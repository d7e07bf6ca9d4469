characters
characters 1
characters all
characters nope
characters 0
