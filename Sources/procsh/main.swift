print("procsh")
