<#import "/_common.ftl" as c>
<#import "_pod.ftl" as pod>
<@c.banner/>
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${yaml(workload.name)}
  namespace: default
  labels:
    app: ${yaml(workload.app)}
spec:
  replicas: ${workload.replicas}
  selector:
    matchLabels:
      app: ${yaml(workload.app)}
<@pod.podTemplate workload=workload/>
