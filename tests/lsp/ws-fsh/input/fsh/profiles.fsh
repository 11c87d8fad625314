Profile: WsPatient
Parent: Patient
* contact obeys ws-1

Extension: WsBirthPlace
Id: ws-birth-place
* value[x] only Address
