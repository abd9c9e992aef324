<#import "/_common.ftl" as c>
<@c.banner/>
# Calico IPAM never hands these addresses out by itself; a pod may still ask for one (annotation cni.projectcalico.org/ipAddrs).
apiVersion: crd.projectcalico.org/v1
kind: IPReservation
metadata:
  name: ${yaml(reservation.name)}
spec:
  reservedCIDRs:
<@c.yamlList items=reservation.cidrs indent=4/>
