import os

os.environ.setdefault("GLOG_minloglevel", "2")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

# The clinic web app's fixtures (an app on a fresh database, clients per role, short
# videos) serve tests in web/, services/, storage/ and cli/, so they live in one plugin.
pytest_plugins = ("tests.clinicapp",)
