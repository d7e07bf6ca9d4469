splice 1 --ending forgive
splice 2 --ending get-out --from 3
splice 3 --ending moved-on --from moved-on-the-garden
stories
outline 000+forgive
show 000+forgive
