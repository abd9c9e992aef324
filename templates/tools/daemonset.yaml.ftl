<#import "/_common.ftl" as c>
<#import "_pod.ftl" as pod>
<@c.banner/>
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${workload.name}
  namespace: default
  labels:
    app: ${workload.app}
spec:
  selector:
    matchLabels:
      app: ${workload.app}
<@pod.podTemplate workload=workload/>
