import { AuthForm } from './auth-form.js';

const SignUp = () => <AuthForm mode="signup" />;
export default SignUp;
