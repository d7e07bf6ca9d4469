show	1
show  1  
find  nbsp
stories
find 👨‍👩‍👧
find á
