character mom in 003
character Ryan
character he in 1
character in
character husband in 4 extra
