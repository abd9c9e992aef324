<#import "/_common.ftl" as c>
<#import "_pod.ftl" as pod>
<@c.banner/>
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${workload.name}
  namespace: default
  labels:
    app: ${workload.app}
spec:
  replicas: ${workload.replicas}
  selector:
    matchLabels:
      app: ${workload.app}
<@pod.podTemplate workload=workload/>
