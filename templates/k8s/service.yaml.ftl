<#import "/_common.ftl" as c>
<@c.banner/>
apiVersion: v1
kind: Service
metadata:
  name: ${yaml(service.name)}
  namespace: default
  labels:
    app: ${yaml(service.app)}
spec:
  type: ${service.type}
  selector:
    app: ${yaml(service.app)}
  ports:
    - name: http
      protocol: TCP
      port: ${service.port}
      targetPort: ${service.targetPort}
