export 2 e.md
load e.md
splice 1 --ending forgive --from e
stories
