splice 1
splice 1 --ending nope
splice 1 --at setup
splice 1 --with 2
splice 9 --ending forgive
splice 1 --ending forgive --at setup --with 2
splice 1 --ending forgive --as 1
