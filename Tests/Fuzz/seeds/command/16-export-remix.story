splice 3 --ending get-out
export 002+get-out r.twee
export 002+get-out r.ink
export 002+get-out r.html
export session t.html
load r.twee
