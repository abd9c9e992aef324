<#import "/_common.ftl" as c>
<#import "_pod.ftl" as pod>
<@c.banner/>
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${yaml(workload.name)}
  namespace: default
  labels:
    app: ${yaml(workload.app)}
spec:
  selector:
    matchLabels:
      app: ${yaml(workload.app)}
<@pod.podTemplate workload=workload/>
