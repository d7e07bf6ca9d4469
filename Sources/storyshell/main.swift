print("storyshell")
