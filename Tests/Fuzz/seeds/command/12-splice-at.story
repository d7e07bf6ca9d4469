splice 1 --at departure --with 2
splice 2 --at struggle --with 4 --as mix
splice 3 --at return --with 1
splice 4 --at resolution --with 5
outline mix
arc mix
